/** REST API of the portal's operation: the online backup of a single-site Derby database. */
package ru.navyk.api.operations;
