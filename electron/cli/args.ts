// Minimal argument parsing: positional words and `--flag value` / `--flag` options.
export interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const BOOLEAN = new Set(['json', 'help', 'flagged', 'partial']);

export function parseArgs(argv: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) flags.set(name, inline);
      else if (BOOLEAN.has(name) || i + 1 >= argv.length) flags.set(name, true);
      else flags.set(name, argv[++i]!);
    } else positional.push(a);
  }
  return { positional, flags };
}

export class UsageError extends Error {}

export function flag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}
