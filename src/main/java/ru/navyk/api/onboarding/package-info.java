/** REST API of adaptation plans and templates, and of starting onboarding for a new hire. */
package ru.navyk.api.onboarding;
