import type { Auth, ClientMatrixRow, Os, Tunnel } from './schema';

/**
 * How operating systems, authentication methods and tunnel types are named to people. The one place
 * these words are typed: fact titles, answers, search documents, the reference pages and the
 * calculators all read them here, so they can't drift apart.
 */
export const OS_LABEL: Readonly<Record<Os, string>> = {
  windows: 'Windows',
  macos: 'macOS',
  linux: 'Linux',
  ios: 'iOS / iPadOS',
  android: 'Android',
};

/** Lowercase where the word is common ("certificate authentication"); capitalise at the start of a cell. */
export const AUTH_LABEL: Readonly<Record<Auth, string>> = {
  certificate: 'certificate',
  entra: 'Microsoft Entra ID',
  radius: 'RADIUS',
};

export const TUNNEL_LABEL: Readonly<Record<Tunnel, string>> = {
  ikev2: 'IKEv2',
  openvpn: 'OpenVPN',
  sstp: 'SSTP',
};

export const CLIENT_STATUS_LABEL: Readonly<Record<ClientMatrixRow['status'], string>> = {
  supported: 'supported',
  'not-supported': 'not supported',
  'not-documented': 'not documented',
};

/** The values in the model's own order, for pickers and exhaustive tables (zod-free: see vocabulary.ts). */
export { AUTHS, OSES } from './vocabulary';
export const TUNNELS: readonly Tunnel[] = ['ikev2', 'openvpn', 'sstp'];

/** "certificate" → "Certificate", for the start of a sentence or a table cell. */
export function capitalised(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
