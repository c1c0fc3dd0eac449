import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { getViewer } from './viewer';

/** The signed-in reader of the current request, looked up once however many components ask. */
export const currentViewer = cache(async () => getViewer(await headers()));
