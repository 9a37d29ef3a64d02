/**
 * Accounts and security: users, password hashing, login/refresh/logout, JWT access
 * tokens, API keys, roles, panel-account links, the {@code Caller} principal, the one
 * ownership rule and per-caller rate limits. Uses panel and audit.
 */
@NullMarked
package dev.pterogateway.auth;

import org.jspecify.annotations.NullMarked;
