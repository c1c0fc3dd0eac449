import { z } from 'zod';

export const ROLES = ['reader', 'editor'] as const;
export type Role = (typeof ROLES)[number];

const roleSchema = z.enum(ROLES).catch('reader');

/** A stored role; anything unknown counts as the least privileged one. */
export function parseRole(value: unknown): Role {
  return roleSchema.parse(value);
}
