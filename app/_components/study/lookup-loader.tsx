'use client';

import dynamic from 'next/dynamic';
import type { LookupProps } from './lookup-popup';

// The pop-up is its own chunk, fetched only by pages that turn it on.
const LookupPopup = dynamic(() => import('./lookup-popup').then((m) => m.LookupPopup), { ssr: false });

export function LookupLoader(props: LookupProps) {
  return <LookupPopup {...props} />;
}
