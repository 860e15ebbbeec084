import { DefaultLogger, type LoggerNamespace, type LogContext } from '@mikro-orm/core';

/**
 * Counts the SQL statements the ORM sends, so tests can assert that a request's statement count
 * does not grow with the rows it returns. Enabled only when the ORM is built with `countQueries`.
 */
export class QueryCounter {
  count = 0;
  statements: string[] = [];
  keep = false;
  reset() {
    this.count = 0;
    this.statements = [];
  }
}

export function countingLoggerFactory(counter: QueryCounter) {
  return (options: ConstructorParameters<typeof DefaultLogger>[0]) =>
    new (class extends DefaultLogger {
      override log(namespace: LoggerNamespace, message: string, context?: LogContext) {
        if (namespace !== 'query') return;
        counter.count++;
        if (counter.keep) counter.statements.push(message);
      }
      override isEnabled(namespace: LoggerNamespace) {
        return namespace === 'query';
      }
    })(options);
}
