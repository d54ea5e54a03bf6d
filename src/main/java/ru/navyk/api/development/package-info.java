/** REST resources for individual development plans. */
package ru.navyk.api.development;
