type Options = { ready?: (answer: Response) => boolean; tries?: number; every?: number };

/**
 * Resolves once a server started as `child` answers at `url` (and `ready` takes the answer);
 * throws if the child exits first, or after `tries` looks `every` ms apart (a minute by default).
 */
export async function untilAnswering(url: string, child: { exitCode: number | null }, { ready = () => true, tries = 600, every = 100 }: Options = {}) {
  for (let i = 0; i < tries; i++) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with ${child.exitCode}`);
    try {
      if (ready(await fetch(url))) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`nothing answered at ${url}`);
}
