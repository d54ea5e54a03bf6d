/** REST resources about the portal itself rather than about the centre's data. */
package ru.navyk.api.system;
