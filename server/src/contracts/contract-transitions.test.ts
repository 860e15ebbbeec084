import { describe, expect, it } from 'vitest';
import { availableTransitions, canAmend, canApprove, canEditContract, checkTransition, CONTRACT_TRANSITIONS } from './contract-transitions.js';

describe('the contract transition table', () => {
  it('only a Region administrator signs, and only an approved contract in negotiation', () => {
    expect(checkTransition('NEGOTIATION', 'REGION_ADMIN', 'SIGNED', true)).toEqual({ ok: true });
    expect(checkTransition('NEGOTIATION', 'REGION_ADMIN', 'SIGNED', false)).toMatchObject({ ok: false, code: 'transition.notApproved' });
    expect(checkTransition('NEGOTIATION', 'REGION_STAFF', 'SIGNED', true)).toMatchObject({ ok: false, code: 'transition.role' });
    expect(checkTransition('NEGOTIATION', 'FEDERATION_ADMIN', 'SIGNED', true)).toMatchObject({ ok: false, code: 'transition.role' });
    expect(checkTransition('DRAFT', 'REGION_ADMIN', 'SIGNED', true)).toMatchObject({ ok: false, code: 'transition.notFromStatus' });
  });

  it('admins inherit staff transitions; networks and structures move nothing', () => {
    expect(availableTransitions('DRAFT', 'REGION_ADMIN', false)).toEqual(['NEGOTIATION', 'CANCELLED']);
    expect(availableTransitions('NEGOTIATION', 'REGION_ADMIN', true)).toEqual(['DRAFT', 'SIGNED', 'CANCELLED']);
    expect(availableTransitions('NEGOTIATION', 'REGION_STAFF', true)).toEqual(['DRAFT', 'CANCELLED']);
    for (const role of ['FEDERATION_ADMIN', 'FEDERATION_STAFF', 'STRUCTURE_USER'] as const)
      for (const t of CONTRACT_TRANSITIONS) expect(checkTransition(t.from, role, t.to, true).ok).toBe(false);
    expect(availableTransitions('CLOSED', 'REGION_ADMIN', true)).toEqual([]);
  });

  it('the network administrator approves during negotiation; a signed contract changes only by amendment', () => {
    expect(canApprove('NEGOTIATION', 'FEDERATION_ADMIN', false)).toBe(true);
    expect(canApprove('NEGOTIATION', 'FEDERATION_ADMIN', true)).toBe(false);
    expect(canApprove('NEGOTIATION', 'FEDERATION_STAFF', false)).toBe(false);
    expect(canApprove('DRAFT', 'FEDERATION_ADMIN', false)).toBe(false);
    expect(canEditContract('SIGNED', 'REGION_ADMIN')).toBe(false);
    expect(canEditContract('NEGOTIATION', 'FEDERATION_STAFF')).toBe(true);
    expect(canEditContract('DRAFT', 'FEDERATION_ADMIN')).toBe(false);
    expect(canAmend('SIGNED', 'REGION_ADMIN')).toBe(true);
    expect(canAmend('SIGNED', 'REGION_STAFF')).toBe(false);
    expect(canAmend('NEGOTIATION', 'REGION_ADMIN')).toBe(false);
  });
});
