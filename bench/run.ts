// npm run bench -- <name> [args]: runs one benchmark; kept out of npm test.
const BENCHES: Record<string, () => Promise<{ main: (args: string[]) => Promise<void> }>> = {
  declare: () => import("./declare"),
  queue: () => import("./queue"),
  fault: () => import("./declare-fault"),
  lookup: () => import("./lookup"),
  import: () => import("./import"),
};

const [benchName, ...args] = process.argv.slice(2);
const load = benchName ? BENCHES[benchName] : undefined;
if (!load) {
  console.error(`用法: npm run bench -- <${Object.keys(BENCHES).join("|")}> [参数]`);
  process.exit(2);
}
await (await load()).main(args);
export {};
