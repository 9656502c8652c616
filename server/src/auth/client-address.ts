import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a limit counts a client under: its IPv4 address, or the /64 network of its IPv6 address. One
 * home or office holds a whole IPv6 /64 and can use a new address in it for every request, so counting
 * single IPv6 addresses would limit nothing.
 */
export function clientAddressKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(ip)) return ip;
  const address = ip.split('%')[0] ?? ip;
  if (!isIPv6(address)) return ip;
  return `${firstHextets(address, 4).join(':')}::/64`;
}

function firstHextets(address: string, count: number): string[] {
  const [head = '', tail] = address.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  // An embedded IPv4 address at the end stands for two groups.
  const width = (gs: string[]) => gs.reduce((n, g) => n + (g.includes('.') ? 2 : 1), 0);
  const zeros = tail === undefined ? 0 : 8 - width(before) - width(after);
  const all = [...before, ...Array<string>(zeros).fill('0'), ...after];
  return all.slice(0, count).map((g) => Number.parseInt(g, 16).toString(16));
}
