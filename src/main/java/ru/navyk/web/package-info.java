/**
 * JSF backing beans. Packages mirror page paths ({@code web.model.ModelBrowserBacking} serves
 * {@code /model/index.xhtml}); beans call application services only, never the database.
 */
package ru.navyk.web;
