import { useEffect, useMemo, useState } from 'react';
import type { Auth } from 'firebase/auth';
import { createAuth, signOutOf, watchSession, type Session } from './auth';
import { GatewayClient } from './api';
import { loadRuntimeConfig, type RuntimeConfig } from './runtime-config';
import { SignIn } from './SignIn';
import { Dashboard } from './Dashboard';

type Boot = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; config: RuntimeConfig; auth: Auth };

/** Loads the gateway's settings, then shows sign-in, a non-admin notice or the dashboard. */
export function App() {
  const [boot, setBoot] = useState<Boot>({ kind: 'loading' });
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    let stop: (() => void) | undefined;
    loadRuntimeConfig().then(
      (config) => {
        const auth = createAuth(config);
        setBoot({ kind: 'ready', config, auth });
        stop = watchSession(auth, setSession);
      },
      (error: unknown) => setBoot({ kind: 'failed', message: (error as Error).message }),
    );
    return () => stop?.();
  }, []);

  // One client per signed-in user: a refreshed token (a new session object) keeps the socket.
  const user = session?.isAdmin ? session.user : null;
  const client = useMemo(() => {
    if (boot.kind !== 'ready' || !user) return null;
    return new GatewayClient(boot.config.graphqlPath, (forceRefresh) => user.getIdToken(forceRefresh));
  }, [boot, user]);

  if (boot.kind === 'loading' || (boot.kind === 'ready' && session === undefined)) {
    return <Shell><p role="status">Loading…</p></Shell>;
  }
  if (boot.kind === 'failed') {
    return <Shell><p role="alert" className="notice notice-error">{boot.message}</p></Shell>;
  }
  if (!session) {
    return <Shell><SignIn auth={boot.auth} /></Shell>;
  }
  const signOut = () => void signOutOf(boot.auth);
  if (!session.isAdmin || !client) {
    return (
      <Shell email={session.email} onSignOut={signOut}>
        <section aria-labelledby="not-admin" className="panel narrow">
          <h2 id="not-admin">Admins only</h2>
          <p role="alert">
            {session.email} is not an admin account. The dashboard shows marketplace-wide figures, so only RealServ admins may
            open it. Sign out and sign in with an admin account.
          </p>
        </section>
      </Shell>
    );
  }
  return (
    <Shell email={session.email} onSignOut={signOut}>
      <Dashboard client={client} />
    </Shell>
  );
}

function Shell({ children, email, onSignOut }: { children: React.ReactNode; email?: string; onSignOut?: () => void }) {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <h1>RealServ admin dashboard</h1>
        {email && onSignOut ? (
          <div className="account">
            <span>Signed in as <strong>{email}</strong></span>
            <button type="button" className="secondary" onClick={onSignOut}>Sign out</button>
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
