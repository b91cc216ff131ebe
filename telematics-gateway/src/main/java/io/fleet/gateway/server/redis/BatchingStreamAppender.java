package io.fleet.gateway.server.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.RedisCommand;
import io.netty.util.concurrent.FastThreadLocal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * XADDs pipelined per event-loop turn: the appends an event loop makes while it handles one round of socket reads
 * are collected and handed to Lettuce in one {@code dispatch} (one write and one flush on the Redis connection)
 * by a task that runs once that round is over. One syscall and one Lettuce hand-over per batch instead of per
 * position, and Redis reads them in one go. Each append still gets its own future, so acknowledgements stay per
 * message; Lettuce's command timeout and disconnected-rejection apply to batched commands as to single ones.
 */
public final class BatchingStreamAppender implements StreamAppender {

    private final RedisLink redis;
    /** The batch of the calling event loop; only that loop touches it. */
    private final FastThreadLocal<Batch> batches = new FastThreadLocal<>() {
        @Override
        protected Batch initialValue() {
            return new Batch();
        }
    };

    public BatchingStreamAppender(RedisLink redis) {
        this.redis = redis;
    }

    /** Outside an event loop there is no turn to wait for: sent at once. */
    @Override
    public CompletionStage<String> append(String stream, Map<String, byte[]> fields) {
        return StreamAppender.redis(redis).append(stream, fields);
    }

    @Override
    public CompletionStage<String> append(String stream, Map<String, byte[]> fields, Executor eventLoop) {
        CommandArgs<String, byte[]> args = new CommandArgs<>(RedisLink.CODEC).addKey(stream).add("*");
        fields.forEach((name, value) -> args.addKey(name).addValue(value));
        AsyncCommand<String, byte[], String> command = new AsyncCommand<>(
                new Command<>(CommandType.XADD, new StatusOutput<>(RedisLink.CODEC), args));
        Batch batch = batches.get();
        if (batch.commands.isEmpty()) {
            eventLoop.execute(() -> flush(batch));
        }
        batch.commands.add(command);
        return command;
    }

    private void flush(Batch batch) {
        List<RedisCommand<String, byte[], ?>> commands = batch.commands;
        batch.commands = new ArrayList<>(Math.max(16, commands.size()));
        StatefulRedisConnection<String, byte[]> connection = redis.connection();
        if (connection == null || !connection.isOpen()) {
            RedisException down = new RedisLink.RedisUnavailableException(redis.lastError());
            commands.forEach(c -> c.completeExceptionally(down));
            return;
        }
        try {
            connection.dispatch(commands);
        } catch (RuntimeException e) {
            commands.forEach(c -> c.completeExceptionally(e));
        }
    }

    private static final class Batch {
        private List<RedisCommand<String, byte[], ?>> commands = new ArrayList<>(64);
    }
}
