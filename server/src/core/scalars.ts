import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/**
 * graphql-scalars' DateTimeISO, also accepting the timestamp strings PostgreSQL returns through raw
 * SQL ("2026-12-03 23:03:29.53+00"), so read models need not convert every date by hand.
 */
export const DateTimeISO = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  serialize(value: unknown) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return DateTimeISOResolver.serialize(new Date(value));
    return DateTimeISOResolver.serialize(value);
  },
});
