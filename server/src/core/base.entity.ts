import { randomUUID } from 'node:crypto';
import { Filter, PrimaryKey, Property } from '@mikro-orm/core';

/** Columns every table has. Ids are UUIDs made in the application, so a row's id is known before flush. */
export abstract class BaseEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** Parameters of the `tenant` filter, set once per request by the context. */
export type TenantFilterParams =
  | { scope: 'tenant'; tenantId: string }
  // The Region's cross-network reads: an explicit, named scope rather than a disabled filter.
  | { scope: 'allNetworks' };

export const TENANT_FILTER = 'tenant';

/**
 * Scopes every read of the entity to the active tenant. With no parameters set MikroORM throws,
 * so a request that forgot to choose a tenant fails closed instead of reading everything.
 */
export const TenantScoped = () =>
  Filter({
    name: TENANT_FILTER,
    default: true,
    cond: (args: TenantFilterParams) => {
      if (args?.scope === 'allNetworks') return {};
      if (args?.scope === 'tenant' && args.tenantId) return { tenantId: args.tenantId };
      throw new Error('tenant filter used without a tenant');
    },
  });

/** A row that belongs to one network (tenant). The tenant comes from the context, never from input. */
export abstract class TenantEntity extends BaseEntity {
  @Property({ type: 'uuid' })
  tenantId!: string;
}
