-- Sessions past their absolute lifetime are pruned at sign-in, oldest first, a bounded number at a time.
CREATE INDEX "AuthSession_createdAt_idx" ON "AuthSession"("createdAt");
