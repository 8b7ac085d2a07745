/** The local mail catcher (`@realserv/notifications/email/local`): devstack starts it for `npm start` and the tests. */
export {
  startLocalMailServer,
  type LocalMail,
  type LocalMailServerOptions,
  type MailFaultKind,
  type RunningLocalMailServer,
} from './local-mail-server.js';
