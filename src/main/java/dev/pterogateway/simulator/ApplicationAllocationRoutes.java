package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Application API node allocations: list with filters, create from ports and ranges
 * ({@code AssignmentService}), delete.
 */
final class ApplicationAllocationRoutes implements RouteGroup {

	private static final String ALLOCATIONS = "/api/application/nodes/{node}/allocations";

	private static final Pattern PORT_RANGE = Pattern.compile("^(\\d{4,5})-(\\d{4,5})$");

	private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");

	private final SimulatorContext context;

	private final ApplicationJson json;

	private final ApplicationServerJson serverJson;

	ApplicationAllocationRoutes(SimulatorContext context) {
		this.context = context;
		this.json = new ApplicationJson(context.model());
		this.serverJson = new ApplicationServerJson(context.model());
	}

	@Override
	public void register(RouteTable routes) {
		routes.get(ALLOCATIONS, this::list);
		routes.post(ALLOCATIONS, this::create);
		routes.delete(ALLOCATIONS + "/{allocation}", this::delete);
	}

	private PanelModel model() {
		return this.context.model();
	}

	/**
	 * {@code filter[ip]} and {@code filter[port]} are exact, {@code filter[ip_alias]}
	 * partial; {@code filter[server_id]} that is not a number keeps only unassigned ones.
	 */
	private ApiResponse list(ApiRequest request) {
		Node node = requireNode(request);
		Map<String, String> filters = Filters.allowed(request, List.of("ip", "port", "ip_alias", "server_id"));
		List<Allocation> allocations = model().allocations.stream()
			.filter((allocation) -> allocation.nodeId == node.id)
			.toList();
		allocations = Filters.exact(allocations, filters.get("ip"), (allocation) -> allocation.ip);
		allocations = Filters.exact(allocations, filters.get("port"),
				(allocation) -> Integer.toString(allocation.port));
		allocations = Filters.partial(allocations, filters.get("ip_alias"), (allocation) -> allocation.alias);
		String serverId = filters.get("server_id");
		if (serverId != null) {
			boolean numeric = serverId.matches("\\d+");
			allocations = allocations.stream()
				.filter((allocation) -> numeric ? Integer.valueOf(serverId).equals(allocation.serverId)
						: !allocation.isAssigned())
				.toList();
		}
		Set<String> includes = ApplicationJson.includes(request);
		return ApiResponse.ok(Pagination.of(request, 50, 0)
			.list(allocations, (allocation) -> allocation(allocation, includes), request,
					this.context.address().baseUrl()));
	}

	private ApiResponse create(ApiRequest request) {
		Node node = requireNode(request);
		JsonNode body = JsonBody.normalize(request.body());
		RequestValidator validator = new RequestValidator(body);
		validator.field("ip").required().string();
		validator.field("alias").sometimes().nullable().string().max(191);
		validator.field("ports").required().array();
		for (int i = 0; i < body.path("ports").size(); i++) {
			validator.field("ports." + i).string();
		}
		validator.validate();
		List<String> ips = addresses(JsonBody.text(body, "ip"));
		List<Integer> ports = new ArrayList<>();
		JsonBody.texts(body, "ports").forEach((mapping) -> ports.addAll(ports(mapping)));
		String alias = JsonBody.text(body, "alias");
		for (String ip : ips) {
			for (int port : ports) {
				boolean exists = model().allocations.stream()
					.anyMatch((a) -> a.nodeId == node.id && a.ip.equals(ip) && a.port == port);
				if (!exists) {
					model().createAllocation(node, ip, port).alias = alias;
				}
			}
		}
		return ApiResponse.noContent();
	}

	private ApiResponse delete(ApiRequest request) {
		Node node = requireNode(request);
		int id = request.numericVariable("allocation");
		Allocation allocation = model().findAllocation(id)
			.filter((candidate) -> candidate.nodeId == node.id)
			.orElseThrow(PanelApiException::notFound);
		if (allocation.isAssigned()) {
			throw new PanelApiException(400, "ServerUsingAllocationException",
					"Cannot delete an allocation attached to a server.");
		}
		model().allocations.remove(allocation);
		return ApiResponse.noContent();
	}

	private Node requireNode(ApiRequest request) {
		return model().findNode(request.numericVariable("node")).orElseThrow(PanelApiException::notFound);
	}

	private ObjectNode allocation(Allocation allocation, Set<String> includes) {
		ObjectNode item = this.json.allocation(allocation);
		if (includes.contains("node")) {
			ApplicationJson.relate(item, "node", this.json.node(model().requireNode(allocation.nodeId)));
		}
		if (includes.contains("server")) {
			Integer serverId = allocation.serverId;
			ApplicationJson.relate(item, "server",
					(serverId == null) ? Envelope.nullResource()
							: model().findServer(serverId)
								.map((server) -> this.serverJson.server(server, Set.of()))
								.orElseGet(Envelope::nullResource));
		}
		return item;
	}

	/** The IPs of an address or an IPv4 CIDR block of /25 to /32. */
	private static List<String> addresses(@Nullable String ip) {
		String text = (ip != null) ? ip : "";
		String[] parts = text.split("/", -1);
		Matcher matcher = IPV4.matcher(parts[0]);
		if (parts.length > 1
				&& (!parts[1].matches("\\d+") || Integer.parseInt(parts[1]) > 32 || Integer.parseInt(parts[1]) < 25)) {
			throw new PanelApiException(400, "CidrOutOfRangeException",
					"CIDR notation only allows masks between /25 and /32.");
		}
		if (!matcher.matches() || parts.length > 2) {
			throw PanelApiException
				.display("Could not parse provided allocation IP address (" + text + "): Invalid IP address format.");
		}
		if (parts.length == 1) {
			return List.of(parts[0]);
		}
		long base = 0;
		for (int i = 1; i <= 4; i++) {
			base = (base << 8) | Integer.parseInt(matcher.group(i));
		}
		int size = 1 << (32 - Integer.parseInt(parts[1]));
		base &= ~(size - 1L);
		List<String> ips = new ArrayList<>();
		for (long address = base; address < base + size; address++) {
			ips.add((address >> 24 & 255) + "." + (address >> 16 & 255) + "." + (address >> 8 & 255) + "."
					+ (address & 255));
		}
		return ips;
	}

	/** The ports of {@code "25565"} or {@code "25565-25600"}, checked like the panel. */
	private static List<Integer> ports(String mapping) {
		Matcher range = PORT_RANGE.matcher(mapping);
		if (!mapping.matches("\\d+") && !range.matches()) {
			throw new PanelApiException(400, "InvalidPortMappingException",
					"The mapping provided for " + mapping + " was invalid and could not be processed.");
		}
		long from = Long
			.parseLong(range.matches() ? range.group(1) : mapping.substring(0, Math.min(18, mapping.length())));
		long to = range.matches() ? Long.parseLong(range.group(2)) : from;
		if (to - from + 1 > 1000) {
			throw new PanelApiException(400, "TooManyPortsInRangeException",
					"Adding more than 1000 ports in a single range at once is not supported.");
		}
		if (from <= 1024 || to > 65535) {
			throw new PanelApiException(400, "PortOutOfRangeException",
					"Ports in an allocation must be greater than 1024 and less than or equal to 65535.");
		}
		List<Integer> ports = new ArrayList<>();
		for (long port = from; port <= to; port++) {
			ports.add((int) port);
		}
		return ports;
	}

}
