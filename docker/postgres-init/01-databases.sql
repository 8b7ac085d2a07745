-- One database per subgraph (the database is named after the subgraph). The postgres image runs
-- this once, when it initialises an empty data volume; for a subgraph added later, create its
-- database by hand (docs/deployment.md, "Adding a subgraph").
CREATE DATABASE identity;
CREATE DATABASE catalog;
CREATE DATABASE orders;
CREATE DATABASE payments;
CREATE DATABASE vendors;
CREATE DATABASE integrations;
-- pg-boss: the broker for domain events between subgraphs (each subgraph's outbox relays into it).
CREATE DATABASE events;
