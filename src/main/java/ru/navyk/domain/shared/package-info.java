/** Small pieces every domain context uses: mapping helpers and shared exceptions. */
package ru.navyk.domain.shared;
