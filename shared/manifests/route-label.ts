/**
 * What a load balancer -> workload connection's label says about the route: the protocol (`HTTPS` turns
 * on the HTTPS listener) and the path (`/api`). Labels are free text drawn on the edge, such as
 * "HTTPS /" or "TCP 8080"; words that are neither are ignored.
 */
export interface Route {
  https: boolean;
  /** Path prefix the Ingress rule matches; `/` when the label gives none. */
  path: string;
}

export function parseRouteLabel(label: string): Route {
  const words = label.trim().split(/\s+/);
  const https = words.some((w) => w.toUpperCase() === 'HTTPS');
  const path = words.find((w) => w.startsWith('/')) ?? '/';
  return { https, path };
}
