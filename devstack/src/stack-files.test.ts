import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCAL_MAPS, LOCAL_PROVIDERS, REPO_ROOT, SUBGRAPHS, envName } from './services.js';
import { dockerCompose, peerPairs, stackFiles } from './stack-files.js';

type Service = { environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; ports?: string[]; entrypoint?: string[]; build?: unknown };
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');
const compose = () => parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('the files generated from the subgraph list', () => {
  it.each(stackFiles().map((file) => [file.path, file.content]))('%s is current (`npm run generate`)', (path, content) => {
    expect(read(path)).toBe(content);
  });

  it('lists every folder under subgraphs/, and each peer it calls is listed too', () => {
    expect(SUBGRAPHS.map((s) => s.name).sort()).toEqual(readdirSync(join(REPO_ROOT, 'subgraphs')).sort());
    expect(() => peerPairs(SUBGRAPHS)).not.toThrow();
  });

  it('docker-compose.yml is YAML with a migration job and a service per subgraph, each wired as the list says', () => {
    const { services, volumes } = compose();
    expect(Object.keys(services).sort()).toEqual(
      ['postgres', 'redis', 'firebase-auth', 'providers', 'maps', 'gateway', ...SUBGRAPHS.flatMap((s) => [s.name, `${s.name}-migrate`])].sort(),
    );
    for (const s of SUBGRAPHS) {
      const env = services[s.name]!.environment!;
      expect(services[`${s.name}-migrate`]!.environment).toEqual(env);
      expect(env.PORT).toBe(String(s.port));
      expect(env.DATABASE_URL).toMatch(new RegExp(`@postgres:5432/${s.name}$`));
      expect(env.CALLER_KEY).toContain(`CALLER_KEY_${envName(s.name)}`);
      expect('EVENTS_DATABASE_URL' in env).toBe(Boolean(s.events));
      expect(env.REALSERV_LOCAL_AUTH_EMULATOR !== undefined).toBe(Boolean(s.firebase));
      for (const callee of s.calls ?? []) {
        expect(env[`PEER_${envName(callee)}_URL`]).toBe(`http://${callee}:${SUBGRAPHS.find((c) => c.name === callee)!.port}/graphql`);
        if (s.startsWithout?.includes(callee)) expect(services[s.name]!.depends_on).not.toHaveProperty(callee);
        else expect(services[s.name]!.depends_on).toHaveProperty(callee);
        expect(services[callee]!.environment!.PEER_KEYS).toContain(`${s.name}:`);
      }
      expect(services[s.name]!.depends_on![`${s.name}-migrate`]).toEqual({ condition: 'service_completed_successfully' });
      for (const secret of s.docker?.secrets ?? []) expect(env[secret.name]).toContain(`\${${secret.name}:?`);
      expect(services[s.name]!.ports ?? []).toEqual(s.docker?.publish ? [`127.0.0.1:${s.port}:${s.port}`] : []);
      const gateway = services.gateway!;
      expect(gateway.environment![`SUBGRAPH_${envName(s.name)}_URL`]).toBe(`http://${s.name}:${s.port}/graphql`);
      expect(gateway.environment![`SUBGRAPH_${envName(s.name)}_CALLER_KEY`]).toBe(env.CALLER_KEY);
      expect(gateway.depends_on).toHaveProperty(s.name);
    }
    expect(Object.keys(volumes)).toEqual(expect.arrayContaining(['postgres-data', 'firebase-auth-data', 'media-data']));
  });

  it('docker-compose.yml has no dependency cycle (compose refuses one): peers that call each other list one in startsWithout', () => {
    const { services } = compose();
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, path: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`depends_on cycle: ${[...path, name].join(' → ')}`);
      visiting.add(name);
      for (const need of Object.keys(services[name]?.depends_on ?? {})) visit(need, [...path, name]);
      visiting.delete(name);
      done.add(name);
    };
    for (const name of Object.keys(services)) expect(() => visit(name, [])).not.toThrow();
  });

  it('notifications sends to the `providers` service, which shares its secrets and publishes the inbox ports on loopback', () => {
    const { services } = compose();
    const providers = services.providers!;
    const notifications = services.notifications!.environment!;
    expect(providers.build).toEqual(services.notifications!.build);
    expect(providers.entrypoint).toEqual(['node', '--enable-source-maps', LOCAL_PROVIDERS.entry]);
    expect(providers.ports).toEqual(Object.values(LOCAL_PROVIDERS.ports).map((port) => `127.0.0.1:${port}:${port}`));
    // The fixed ports `npm run inbox` falls back to.
    expect(Object.values(LOCAL_PROVIDERS.ports)).toEqual([4110, 4111, 4112]);
    expect(notifications).toMatchObject({
      EMAIL_TRANSPORT: 'smtp',
      SMTP_URL: `smtp://providers:${LOCAL_PROVIDERS.smtpPort}`,
      TWILIO_API_URL: `http://providers:${LOCAL_PROVIDERS.ports.twilio}`,
      WHATSAPP_GRAPH_URL: `http://providers:${LOCAL_PROVIDERS.ports.whatsapp}`,
      PUBLIC_URL: 'http://notifications:4007',
      DLT_ENTITY_ID: '1001526103320756973',
    });
    expect(providers.environment!.WHATSAPP_WEBHOOK_URL).toBe(`${notifications.PUBLIC_URL}/webhooks/whatsapp`);
    for (const secret of LOCAL_PROVIDERS.secrets) expect(providers.environment![secret]).toBe(notifications[secret]);
    expect(services.notifications!.depends_on!.providers).toEqual({ condition: 'service_healthy' });
  });

  it('integrations geocodes on the `maps` service (its image, the shared key, the npm start port on loopback)', () => {
    const { services } = compose();
    const maps = services.maps!;
    const integrations = services.integrations!.environment!;
    expect(maps.build).toEqual(services.integrations!.build);
    expect(maps.entrypoint).toEqual(['node', '--enable-source-maps', LOCAL_MAPS.entry]);
    expect(maps.ports).toEqual([`127.0.0.1:${LOCAL_MAPS.port}:${LOCAL_MAPS.port}`]);
    expect(integrations).toMatchObject({ MAPS_PROVIDER: 'local', MAPS_BASE_URL: `http://maps:${LOCAL_MAPS.port}` });
    expect(maps.environment!.GOOGLE_MAPS_API_KEY).toBe(integrations.GOOGLE_MAPS_API_KEY);
    expect(services.integrations!.depends_on!.maps).toEqual({ condition: 'service_healthy' });
  });

  it('every variable docker-compose.yml requires from .env is in .env.example', () => {
    const required = new Set([...read('docker-compose.yml').matchAll(/\$\{([A-Z0-9_]+):\?/g)].map((m) => m[1]!));
    const defined = new Set([...read('.env.example').matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]!));
    expect([...required].filter((name) => !defined.has(name))).toEqual([]);
    expect(required.size).toBeGreaterThan(SUBGRAPHS.length);
  });

  it('the SQL init creates one database per subgraph and the events database', () => {
    const created = [...read('docker/postgres-init/01-databases.sql').matchAll(/^CREATE DATABASE (\w+);/gm)].map((m) => m[1]);
    expect(created).toEqual([...SUBGRAPHS.map((s) => s.name), 'events']);
  });

  it('a new entry is all a subgraph needs: its database, keys, services and gateway variables follow', () => {
    const withReviews = [...SUBGRAPHS, { name: 'reviews', port: 4007, events: true, calls: ['orders'] }];
    const files = stackFiles(withReviews);
    const content = (path: string) => files.find((f) => f.path === path)!.content;
    expect(content('docker/postgres-init/01-databases.sql')).toContain('CREATE DATABASE reviews;');
    expect(content('.env.example')).toMatch(/^CALLER_KEY_REVIEWS=.{32,}$/m);
    expect(content('.env.example')).toMatch(/^PEER_KEY_REVIEWS_ORDERS=.{32,}$/m);
    expect(JSON.parse(content('tsconfig.json')).references).toContainEqual({ path: 'subgraphs/reviews' });
    const { services } = parse(dockerCompose(withReviews), { merge: true }) as { services: Record<string, Service> };
    expect(services['reviews-migrate']).toBeDefined();
    expect(services.reviews!.environment).toMatchObject({ PORT: '4007', PEER_ORDERS_URL: 'http://orders:4003/graphql' });
    expect(services.orders!.environment!.PEER_KEYS).toContain('reviews:${PEER_KEY_REVIEWS_ORDERS');
    expect(services.gateway!.environment!.SUBGRAPH_REVIEWS_URL).toBe('http://reviews:4007/graphql');
    expect(services.gateway!.depends_on).toHaveProperty('reviews');
  });
});
