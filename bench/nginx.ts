import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../scripts/support/ports';

/** Whether nginx is on the PATH (Debian's nginx-light; installed by hand on some machines only). */
export const hasNginx = () => spawnSync('sh', ['-c', 'command -v nginx']).status === 0;

/** nginx on a free port, serving `files` (name → bytes) with ETags, as a static server would. */
export async function nginx(dir: string, files: Record<string, Buffer>) {
  const root = path.join(dir, 'html');
  mkdirSync(root, { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(root, name), bytes);
  const port = await freePort();
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:${port}; root ${root}; default_type text/html; etag on; } }\n`,
  );
  const child = spawn('nginx', ['-c', path.join(dir, 'nginx.conf')], { stdio: 'inherit' });
  for (let i = 0; i < 100 && !(await fetch(`http://127.0.0.1:${port}/`).catch(() => null)); i++) await new Promise((r) => setTimeout(r, 50));
  return { url: (name: string) => `http://127.0.0.1:${port}/${name}`, stop: () => child.kill('SIGQUIT') };
}
