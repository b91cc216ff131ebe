package io.fleet.dispatch.account;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Accounts of drivers, requesters and approvers. Like the rest of this API it is open on the machine until the
 * security work (#11) puts roles in front of it; mobile-api is the only caller of sign-in.
 */
@Path("/api/accounts")
@Tag(name = "Accounts", description = "People who sign in from the phone; password check, lock-out, phone binding")
public class AccountResource {

    private final AccountService service;

    AccountResource(AccountService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Create an account (driver accounts name their driver)")
    public Response create(@Valid @NotNull NewAccount account) {
        AccountView created = service.create(account);
        return Response.created(URI.create("/api/accounts/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "Accounts of an organisation's subtree (all when org is omitted)")
    public List<AccountView> list(@QueryParam("org") Long org) {
        return service.list(org);
    }

    @GET
    @Path("/{id}")
    public AccountView get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/sign-in")
    @Operation(summary = "Check a password from a phone: 401 wrong, 423 locked after 5 failures, 403 bound to another phone")
    public AccountView signIn(@Valid @NotNull SignIn signIn) {
        return service.signIn(signIn);
    }

    @POST
    @Path("/{id}/release-device")
    @Operation(summary = "Unbind the account from its phone and lift a lock")
    public AccountView releaseDevice(@PathParam("id") long id) {
        return service.releaseDevice(id);
    }
}
