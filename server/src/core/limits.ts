import type { GraphQLSchema, DocumentNode } from 'graphql';
import { getComplexity, fieldExtensionsEstimator, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { AppError } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './relay.js';

/** A list field asked for `first: n` costs n times its children; more than the page cap is refused outright. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  if (!('first' in args) && !('after' in args)) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  if (first > MAX_PAGE_SIZE || first < 0)
    throw new AppError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}`, {
      fields: [{ field: 'first', code: 'page.size', message: `first must be between 0 and ${MAX_PAGE_SIZE}` }],
    });
  return 1 + Math.max(first, 1) * Math.max(childComplexity, 1);
};

/** Refuses an operation that costs more than `max` before anything touches the database. */
export function checkComplexity(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
  max: number,
): number {
  const cost = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [pageSizeEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
  if (cost > max)
    throw new AppError('QUERY_TOO_COMPLEX', `This query costs ${cost}, more than the limit of ${max}; ask for fewer rows or fields`, {
      cost,
      limit: max,
    });
  return cost;
}
