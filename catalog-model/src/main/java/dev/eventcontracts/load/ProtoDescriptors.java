package dev.eventcontracts.load;

import com.google.protobuf.AnyProto;
import com.google.protobuf.ApiProto;
import com.google.protobuf.DescriptorProtos;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DurationProto;
import com.google.protobuf.EmptyProto;
import com.google.protobuf.FieldMaskProto;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.SourceContextProto;
import com.google.protobuf.StructProto;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.TypeProto;
import com.google.protobuf.WrappersProto;
import com.squareup.wire.schema.ProtoFile;
import com.squareup.wire.schema.Type;
import com.squareup.wire.schema.internal.SchemaEncoder;
import dev.eventcontracts.model.ProtoSchema;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * protobuf-java descriptors for a catalog's linked protos, built from Wire's encoding of each file,
 * so payloads can be parsed with DynamicMessage and JsonFormat. Well-known types use
 * protobuf-java's own descriptors.
 */
public final class ProtoDescriptors {

  private static final Map<String, FileDescriptor> WELL_KNOWN = new HashMap<>();

  static {
    for (FileDescriptor file :
        List.of(
            AnyProto.getDescriptor(),
            ApiProto.getDescriptor(),
            DescriptorProtos.getDescriptor(),
            DurationProto.getDescriptor(),
            EmptyProto.getDescriptor(),
            FieldMaskProto.getDescriptor(),
            SourceContextProto.getDescriptor(),
            StructProto.getDescriptor(),
            TimestampProto.getDescriptor(),
            TypeProto.getDescriptor(),
            WrappersProto.getDescriptor())) {
      WELL_KNOWN.put(file.getName(), file);
    }
  }

  private final ProtoSchema protos;
  private final SchemaEncoder encoder;
  private final Map<String, FileDescriptor> built = new HashMap<>();

  public ProtoDescriptors(ProtoSchema protos) {
    this.protos = protos;
    this.encoder = new SchemaEncoder(protos.schema());
  }

  /** The descriptor of a message by fully qualified name; null when it is not in the schema. */
  public synchronized Descriptor message(String qualifiedName)
      throws DescriptorValidationException {
    Type type = protos.schema().getType(qualifiedName);
    if (type == null) {
      return null;
    }
    FileDescriptor file = file(type.getLocation().getPath());
    String packageName = file.getPackage();
    String relative =
        packageName.isEmpty() ? qualifiedName : qualifiedName.substring(packageName.length() + 1);
    String[] parts = relative.split("\\.");
    Descriptor descriptor = file.findMessageTypeByName(parts[0]);
    for (int i = 1; descriptor != null && i < parts.length; i++) {
      descriptor = descriptor.findNestedTypeByName(parts[i]);
    }
    return descriptor;
  }

  private FileDescriptor file(String path) throws DescriptorValidationException {
    FileDescriptor wellKnown = WELL_KNOWN.get(path);
    if (wellKnown != null) {
      return wellKnown;
    }
    FileDescriptor cached = built.get(path);
    if (cached != null) {
      return cached;
    }
    ProtoFile protoFile = protos.file(path);
    if (protoFile == null) {
      throw new IllegalArgumentException("no proto file " + path);
    }
    FileDescriptorProto proto;
    try {
      proto = FileDescriptorProto.parseFrom(encoder.encode(protoFile).toByteArray());
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("cannot encode " + path, e);
    }
    FileDescriptor[] dependencies = new FileDescriptor[proto.getDependencyCount()];
    for (int i = 0; i < dependencies.length; i++) {
      dependencies[i] = file(proto.getDependency(i));
    }
    FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies, true);
    built.put(path, file);
    return file;
  }
}
