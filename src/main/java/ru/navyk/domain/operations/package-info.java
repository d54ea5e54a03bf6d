/** Running the portal itself: the record of scheduled jobs' runs across the nodes of a cluster. */
package ru.navyk.domain.operations;
