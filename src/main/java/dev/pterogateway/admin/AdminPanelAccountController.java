package dev.pterogateway.admin;

import java.util.List;

import dev.pterogateway.auth.Caller;
import dev.pterogateway.auth.LinkedPanelAccount;
import dev.pterogateway.auth.PanelAccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
@ApiResponse(responseCode = "401", description = "No valid bearer token (unauthorized)")
@ApiResponse(responseCode = "403", description = "The caller is not an administrator (forbidden)")
class AdminPanelAccountController {

	private final PanelAccountService panelAccounts;

	AdminPanelAccountController(PanelAccountService panelAccounts) {
		this.panelAccounts = panelAccounts;
	}

	@GetMapping("/api/admin/users/{id}/panel-accounts")
	@Operation(summary = "List a user's linked panel accounts")
	@ApiResponse(responseCode = "200", description = "The links")
	@ApiResponse(responseCode = "404", description = "No such user (user_not_found)")
	List<LinkedPanelAccount> list(@PathVariable long id) {
		return this.panelAccounts.list(id);
	}

	@PostMapping("/api/admin/users/{id}/panel-accounts")
	@Operation(summary = "Link a panel account to a user",
			description = "The panel user is checked through the panel's application API when the panel can be "
					+ "asked. The user then sees the servers that panel account owns.")
	@ApiResponse(responseCode = "201", description = "Linked")
	@ApiResponse(responseCode = "404",
			description = "No such user (user_not_found), panel (unknown_panel) or panel user (panel_user_not_found)")
	@ApiResponse(responseCode = "409", description = "Linked to another user (panel_account_taken)")
	ResponseEntity<LinkedPanelAccount> link(@PathVariable long id, @Valid @RequestBody LinkPanelAccountRequest request,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		LinkedPanelAccount link = this.panelAccounts.link(id, request.panel(), request.panelUserId(), caller,
				http.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(link);
	}

	@DeleteMapping("/api/admin/users/{id}/panel-accounts/{panel}/{panelUserId}")
	@Operation(summary = "Unlink a panel account from a user")
	@ApiResponse(responseCode = "204", description = "Unlinked")
	@ApiResponse(responseCode = "404", description = "The user has no such link (panel_account_not_found)")
	ResponseEntity<Void> unlink(@PathVariable long id, @PathVariable String panel, @PathVariable long panelUserId,
			@AuthenticationPrincipal Caller caller, HttpServletRequest http) {
		this.panelAccounts.unlink(id, panel, panelUserId, caller, http.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

}
