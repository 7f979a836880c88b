import {
	AccessibilityMenu,
	ColorSchemeMenu,
	DefaultMainMenu,
	EditSubmenu,
	ExportFileContentSubMenu,
	ExtrasGroup,
	InputModeMenu,
	KeyboardShortcutsMenuItem,
	TldrawUiMenuGroup,
	TldrawUiMenuSubmenu,
	ToggleDebugModeItem,
	ToggleDynamicSizeModeItem,
	ToggleEdgeScrollingItem,
	ToggleFocusModeItem,
	ToggleGridItem,
	TogglePasteAtCursorItem,
	ToggleSnapModeItem,
	ToggleToolLockItem,
	ToggleWrapModeItem,
	ViewSubmenu,
} from '@tldraw/tldraw'

/**
 * tldraw's main menu without its language submenu: the board has one language switch,
 * ours (in the top bar's 更多), which sets tldraw's language too.
 */
export function BoardMainMenu() {
	return (
		<DefaultMainMenu>
			<TldrawUiMenuGroup id="basic">
				<EditSubmenu />
				<ViewSubmenu />
				<ExportFileContentSubMenu />
				<ExtrasGroup />
			</TldrawUiMenuGroup>
			<TldrawUiMenuGroup id="preferences">
				<TldrawUiMenuSubmenu id="preferences" label="menu.preferences">
					<TldrawUiMenuGroup id="preferences-actions">
						<ToggleSnapModeItem />
						<ToggleToolLockItem />
						<ToggleGridItem />
						<ToggleWrapModeItem />
						<ToggleFocusModeItem />
						<ToggleEdgeScrollingItem />
						<ToggleDynamicSizeModeItem />
						<TogglePasteAtCursorItem />
						<ToggleDebugModeItem />
					</TldrawUiMenuGroup>
					<TldrawUiMenuGroup id="user-interface-submenus">
						<AccessibilityMenu />
						<InputModeMenu />
						<ColorSchemeMenu />
					</TldrawUiMenuGroup>
				</TldrawUiMenuSubmenu>
				<KeyboardShortcutsMenuItem />
			</TldrawUiMenuGroup>
		</DefaultMainMenu>
	)
}
