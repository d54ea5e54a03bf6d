/** Backing beans of the knowledge-base pages under {@code /kb/}. */
package ru.navyk.web.kb;
