# syntax=docker/dockerfile:1
#
# One Dockerfile for every RealServ service. The `build` stage installs and compiles the
# workspace once (its layers are shared by every service image); `deploy` bundles one service
# with its production dependencies only; `runtime` is the small image that runs it.
#
#   docker build --build-arg SERVICE=gateway  -t realserv-gateway  .
#   docker build --build-arg SERVICE=identity -t realserv-identity .
#
# SERVICE is `gateway` or the name of a directory under subgraphs/. A subgraph image also runs
# its migrations: `docker run ... realserv-identity migrate` (applies them and exits).
# See docs/deployment.md.

ARG NODE_IMAGE=node:24-bookworm-slim
ARG SERVICE=gateway

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
# pnpm must match the lockfile's version; corepack does not provide this one.
RUN npm install -g pnpm@12.21.0 && npm cache clean --force
WORKDIR /repo
COPY . .
# Only what the services need: the workspace root (TypeScript), the gateway, every subgraph and
# the workspace packages they depend on. devstack, tests and clients are left out: embedded
# PostgreSQL and the Firebase CLI (whose native optional modules pnpm would refuse to build) are
# for local runs only. The root dev tools (TypeScript, jest, the `node` binary) stay in this
# stage; no runtime image gets them. The pnpm store lives in a BuildKit cache between builds.
RUN --mount=type=cache,id=realserv-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store \
      --filter . --filter "{./gateway}..." --filter "{./subgraphs/*}..." --filter "./clients/admin-dashboard"
# Compiles platform, the gateway and every subgraph (project references) to <package>/dist.
RUN node_modules/.bin/tsc -b gateway subgraphs/*/tsconfig.json
# The admin dashboard (Vite + React): static files the gateway serves at /dashboard/.
RUN node clients/admin-dashboard/scripts/build-if-stale.mjs --force

# ---------------------------------------------------------------------------------------------
FROM build AS deploy
ARG SERVICE
# `pnpm deploy --prod` copies the package and its production dependencies (workspace packages
# such as @realserv/platform included, with their dist/) into /out/<service>; nothing from the
# root devDependencies (node, jest, codegen, typescript) is there. --no-optional drops
# firebase-admin's optional Firestore and Cloud Storage clients, which no service uses.
# The gateway also gets the static supergraph at /out/schema, which is where it looks by
# default (../../schema/supergraph.graphql from /app/gateway/dist/main.js), and the clients'
# trusted-document manifests at /out/clients/<app>/generated (TRUSTED_DOCUMENTS_MANIFESTS) and
# the admin dashboard's build at /out/clients/admin-dashboard/dist (DASHBOARD_DIR).
RUN --mount=type=cache,id=realserv-pnpm-store,target=/pnpm/store \
    set -eu; \
    case "$SERVICE" in \
      gateway) pkg=gateway ;; \
      *) pkg="subgraphs/$SERVICE" ;; \
    esac; \
    if [ ! -f "$pkg/dist/main.js" ]; then \
      echo "SERVICE=$SERVICE: expected gateway or a directory under subgraphs/ ($pkg/dist/main.js not found)" >&2; \
      exit 1; \
    fi; \
    pnpm deploy --prod --no-optional --store-dir /pnpm/store --filter "./$pkg" "/out/$SERVICE"; \
    if [ "$SERVICE" = gateway ]; then \
      mkdir -p /out/schema && cp schema/supergraph.graphql /out/schema/; \
      for dir in clients/buyer-app/generated clients/vendor-web/generated clients/admin/generated clients/admin-dashboard/generated subgraphs/integrations/src/whatsapp-bot/gateway/generated; do \
        mkdir -p "/out/$dir" && cp "$dir/persisted-documents.json" "/out/$dir/"; \
      done; \
      cp -r clients/admin-dashboard/dist /out/clients/admin-dashboard/dist; \
    fi

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
LABEL org.opencontainers.image.title="realserv-${SERVICE}" \
      org.opencontainers.image.description="RealServ ${SERVICE} service"
ENV NODE_ENV=production
WORKDIR /app/${SERVICE}
# Owned by root and read-only for the `node` user the process runs as.
COPY --from=deploy /out/ /app/
# Writable data directory for the integrations service's local media storage (a named volume
# mounted here takes this ownership).
RUN mkdir -p /home/node/media && chown node:node /home/node/media
USER node
# /health/ready answers 200 once the service's dependencies (database, or subgraphs for the
# gateway) answer. Services listen on HOST=0.0.0.0 by default, so loopback reaches them.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Arguments go to the service: none starts the server, `migrate` (subgraphs) migrates and exits.
ENTRYPOINT ["node", "--enable-source-maps", "dist/main.js"]
