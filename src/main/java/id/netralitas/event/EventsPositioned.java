package id.netralitas.event;

import java.sql.Connection;

/**
 * Fired synchronously by the sequencer, inside its transaction and on its connection, once events
 * {@code firstPosition..lastPosition} have their feed positions. Observers that queue work for
 * those events (webhook deliveries) write on the same connection, so their rows commit or roll back
 * with the positions.
 */
public record EventsPositioned(Connection connection, long firstPosition, long lastPosition) {
}
