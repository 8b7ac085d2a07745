export default async function globalTeardown(): Promise<void> {
  await globalThis.__REALSERV_STACK__?.stop();
}
