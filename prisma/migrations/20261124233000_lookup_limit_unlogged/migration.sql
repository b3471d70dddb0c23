-- 证书查询's per-IP counters live for a minute: they need no write-ahead log. A crash empties the table, which only
-- forgives the current minute's counts; every lookup then writes one WAL-free upsert instead of a logged one.
ALTER TABLE "CertificateLookupLimit" SET UNLOGGED;
