/** The gateway's /dashboard/config.json (gateway/src/dashboard.ts): where to sign in and call. */
export interface RuntimeConfig {
  firebase: { apiKey: string; authDomain: string; projectId: string };
  authEmulatorUrl: string | null;
  graphqlPath: string;
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch(new URL('config.json', document.baseURI), { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`The dashboard's settings could not be loaded (HTTP ${response.status}).`);
  const config = (await response.json()) as RuntimeConfig;
  if (!config.firebase?.apiKey || !config.firebase.projectId) {
    throw new Error('Sign-in is not configured on this gateway (DASHBOARD_FIREBASE_API_KEY).');
  }
  return config;
}
