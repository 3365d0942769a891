// Package ui is the desktop window of Frontiers: the map widget (Map), the
// side panels, the timeline, the menus, the exports and compare mode,
// around a view state the panels listen to. Run opens it.
package ui
