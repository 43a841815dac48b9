-- A wrapper gains (b→a: loses) a handler and a validator, an extension's functions; a server
-- whose options the new validator checks. The extension's own wrapper is the extension's.
create extension postgres_fdw;
create foreign data wrapper w;
create server s foreign data wrapper w;
