import { describe, expect, it } from 'vitest';
import { hasRole, isRole, ROLES, type Role } from './roles';

describe('[AUTH][roles]', () => {
  it('orders admin above editor above viewer', () => {
    const expected: Record<Role, Role[]> = {
      viewer: ['viewer'],
      editor: ['viewer', 'editor'],
      admin: ['viewer', 'editor', 'admin'],
    };
    for (const role of ROLES) {
      for (const minRole of ROLES) {
        expect(hasRole({ role }, minRole), `${role} >= ${minRole}`).toBe(expected[role].includes(minRole));
      }
    }
  });

  it('grants nothing without a user', () => {
    expect(hasRole(null, 'viewer')).toBe(false);
    expect(hasRole(undefined, 'viewer')).toBe(false);
  });

  it('recognises only our role names', () => {
    expect(ROLES.every(isRole)).toBe(true);
    for (const value of ['Admin', 'owner', '', null, 2, ['admin']]) expect(isRole(value)).toBe(false);
  });
});
