import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

type Bindings = typeof import('@prisma/schema-engine-wasm/schema_engine_bg') & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

let engineClass: Promise<typeof SchemaEngine> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly, instantiated once per process. The package's
 * entry imports its `.wasm` as a module, which Node 20 cannot do, so this wires the wasm-bindgen
 * glue by hand: the glue module is the Wasm's import object and receives its exports.
 */
export function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= instantiate();
  return engineClass;
}

async function instantiate(): Promise<typeof SchemaEngine> {
  // Where the engine reports a Rust panic before it aborts (the Prisma CLI sets this up too).
  const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
  registry.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`) };
  const gluePath = createRequire(import.meta.url).resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as Bindings;
  const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue.SchemaEngine;
}
