package dev.pterogateway.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The panel's automatic deployment ({@code FindViableNodesService},
 * {@code AllocationSelectionService}): public nodes in the given locations with room for
 * the memory and disk, then a free allocation on them within the port ranges. The
 * simulator picks the lowest free allocation id instead of a random one, so tests can
 * predict it.
 */
final class AutoDeployment {

	private static final Pattern PORT_RANGE = Pattern.compile("^(\\d{4,5})-(\\d{4,5})$");

	private final PanelModel model;

	AutoDeployment(PanelModel model) {
		this.model = model;
	}

	/**
	 * The nodes that can take a server of this size.
	 * @throws PanelApiException 400 {@code NoViableNodeException} if there is none
	 */
	List<Node> viableNodes(List<Integer> locations, int memory, int disk) {
		List<Node> nodes = this.model.nodes.stream()
			.filter((node) -> node.isPublic)
			.filter((node) -> locations.isEmpty() || locations.contains(node.locationId))
			.filter((node) -> fits(usedMemory(node) + memory, node.memory, node.memoryOverallocate))
			.filter((node) -> fits(usedDisk(node) + disk, node.disk, node.diskOverallocate))
			.toList();
		if (nodes.isEmpty()) {
			throw new PanelApiException(400, "NoViableNodeException",
					"No nodes satisfying the requirements specified for automatic deployment could be found.");
		}
		return nodes;
	}

	/**
	 * A free allocation on one of the nodes.
	 * @param dedicated whether the allocation's IP must have no other server on it
	 * @param portRange ports ({@code "25565"}) and ranges ({@code "25565-25600"}); empty
	 * for any port
	 * @throws PanelApiException 400 {@code NoViableAllocationException} if there is none
	 */
	Allocation selectAllocation(List<Node> nodes, boolean dedicated, List<String> portRange) {
		List<int[]> ranges = ranges(portRange);
		Set<Integer> nodeIds = new HashSet<>();
		nodes.forEach((node) -> nodeIds.add(node.id));
		Set<String> usedIps = new HashSet<>();
		this.model.allocations.stream()
			.filter(Allocation::isAssigned)
			.forEach((allocation) -> usedIps.add(allocation.nodeId + "-" + allocation.ip));
		return this.model.allocations.stream()
			.filter((allocation) -> !allocation.isAssigned() && nodeIds.contains(allocation.nodeId))
			.filter((allocation) -> ranges.isEmpty()
					|| ranges.stream().anyMatch((range) -> allocation.port >= range[0] && allocation.port <= range[1]))
			.filter((allocation) -> !dedicated || !usedIps.contains(allocation.nodeId + "-" + allocation.ip))
			.min(Comparator.comparingInt((Allocation allocation) -> allocation.id))
			.orElseThrow(() -> new PanelApiException(400, "NoViableAllocationException",
					"No allocations satisfying the requirements for automatic deployment were found."));
	}

	private static List<int[]> ranges(List<String> portRange) {
		List<int[]> ranges = new ArrayList<>();
		for (String port : portRange) {
			if (port.matches("\\d+")) {
				int value = Integer.parseInt(port);
				ranges.add(new int[] { value, value });
			}
			Matcher matcher = PORT_RANGE.matcher(port);
			if (matcher.matches()) {
				int from = Integer.parseInt(matcher.group(1));
				int to = Integer.parseInt(matcher.group(2));
				if (Math.abs(to - from) > 1000) {
					throw PanelApiException
						.display("Adding more than 1000 ports in a single range at once is not supported.");
				}
				ranges.add(new int[] { from, to });
			}
		}
		return ranges;
	}

	/** Overallocation in percent of the node's capacity. */
	private static boolean fits(long needed, int capacity, int overallocate) {
		return needed <= capacity * (1 + overallocate / 100.0);
	}

	int usedMemory(Node node) {
		return this.model.servers.stream().filter((s) -> s.nodeId == node.id).mapToInt((s) -> s.limits.memory()).sum();
	}

	int usedDisk(Node node) {
		return this.model.servers.stream().filter((s) -> s.nodeId == node.id).mapToInt((s) -> s.limits.disk()).sum();
	}

}
