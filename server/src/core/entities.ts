// The one list of MikroORM entities. A feature adds its entities here (one line each).
import { Organization } from '../organizations/organization.entity.js';
import { User } from '../auth/user.entity.js';
import { Membership } from '../auth/membership.entity.js';
import { Session } from '../auth/session.entity.js';
import { Invitation } from '../auth/invitation.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { MemberStructure } from '../members/member.entity.js';

export const entities = [Organization, User, Membership, Session, Invitation, AuditEvent, MemberStructure];
