/**
 * Authentication: the portal's own login form and, for the REST API, HTTP Basic or personal API tokens, all checked
 * against Navyk's accounts; password hashing; the first administrator account.
 */
package ru.navyk.infrastructure.security;
