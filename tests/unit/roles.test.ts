import { describe, expect, it } from 'vitest';
import { homePathFor, rolesForPath, safeReturnPath } from '@/lib/domain/roles';

describe('roles', () => {
  it('lands each role on its own home', () => {
    expect(homePathFor('CUSTOMER')).toBe('/home');
    expect(homePathFor('AGENT')).toBe('/agent');
    expect(homePathFor('ADMIN')).toBe('/admin');
  });

  it('knows which roles may open each area', () => {
    expect(rolesForPath('/admin/users')).toEqual(['ADMIN']);
    expect(rolesForPath('/agent')).toEqual(['AGENT']);
    expect(rolesForPath('/home/account')).toEqual(['CUSTOMER']);
    expect(rolesForPath('/')).toBeNull();
    expect(rolesForPath('/administrator')).toBeNull();
  });
});

describe('safeReturnPath', () => {
  it('keeps same-site paths the role may open', () => {
    expect(safeReturnPath('/admin/users?page=2', 'ADMIN')).toBe('/admin/users?page=2');
    expect(safeReturnPath('/', 'CUSTOMER')).toBe('/');
  });

  it('refuses other sites and other roles', () => {
    expect(safeReturnPath('//evil.example', 'ADMIN')).toBeNull();
    expect(safeReturnPath('/\\evil.example', 'ADMIN')).toBeNull();
    expect(safeReturnPath('https://evil.example/admin', 'ADMIN')).toBeNull();
    expect(safeReturnPath('/admin', 'CUSTOMER')).toBeNull();
    expect(safeReturnPath(null, 'CUSTOMER')).toBeNull();
  });
});
