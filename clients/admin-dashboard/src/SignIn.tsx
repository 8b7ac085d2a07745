import { useState, type FormEvent } from 'react';
import type { Auth } from 'firebase/auth';
import { signIn, signInMessage } from './auth';

export function SignIn({ auth }: { auth: Auth }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(auth, email.trim(), password);
    } catch (problem) {
      setError(signInMessage(problem));
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="sign-in" className="panel narrow">
      <h2 id="sign-in">Sign in</h2>
      <p>Sign in with your RealServ admin account.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="email">Email</label>
          <input id="email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="password">Password</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
        {error ? <p role="alert" className="notice notice-error">{error}</p> : null}
        <button type="submit" disabled={busy || !email || !password}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
    </section>
  );
}
