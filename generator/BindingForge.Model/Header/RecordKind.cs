namespace BindingForge.Model.Header;

public enum RecordKind
{
    Struct,
    Union,
}
