package nianbao.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

/**
 * Gives a fixed report's temporary file the owner, group and mode of the report it will replace, and reads them back.
 * A user who is not a member of the report's group cannot give it that group, root may be refused a change of owner
 * (a network share, a file system without owners), and some file systems ignore the change without an error: in
 * each case the report would change hands once replaced, so the fix is refused, naming the file and what could not
 * be kept, before any report is written.
 */
final class FileOwnershipKeeper {
    private FileOwnershipKeeper() {
    }

    /** Copies owner, group and mode of {@code original} to {@code temp}; refused, naming {@code name}, when one does not hold. */
    static void copyTo(String name, Path temp, PosixFileAttributes original) throws IOException, SafeFileWriter.WriteRefused {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) return;
        UserPrincipal owner = original.owner();
        GroupPrincipal group = original.group();
        PosixFileAttributes now = view.readAttributes();
        if (!now.owner().equals(owner)) {
            try {
                view.setOwner(owner);
            } catch (IOException e) {
                throw ownerRefused(name, owner, reason(e));
            }
        }
        if (!now.group().equals(group)) {
            try {
                view.setGroup(group);
            } catch (IOException e) {
                throw groupRefused(name, group, reason(e));
            }
        }
        view.setPermissions(original.permissions());
        PosixFileAttributes written = view.readAttributes();
        if (!written.owner().equals(owner)) throw ownerRefused(name, owner, "文件系统未保留所有者");
        if (!written.group().equals(group)) throw groupRefused(name, group, "文件系统未保留用户组");
        if (!written.permissions().equals(original.permissions())) {
            throw new SafeFileWriter.WriteRefused(name + ": 无法保留文件的权限 "
                    + PosixFilePermissions.toString(original.permissions()) + "（文件系统未保留权限），不能写入修复结果");
        }
    }

    /** The system's reason without the temporary file's name, which the author never sees. */
    private static String reason(IOException e) {
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    }

    private static SafeFileWriter.WriteRefused ownerRefused(String name, UserPrincipal owner, String why) {
        return new SafeFileWriter.WriteRefused(name + ": 无法保留文件的所有者 " + owner.getName() + "（" + why
                + "），替换后文件会属于另一个用户，不能写入修复结果；请由文件所有者或管理员运行 --fix");
    }

    private static SafeFileWriter.WriteRefused groupRefused(String name, GroupPrincipal group, String why) {
        return new SafeFileWriter.WriteRefused(name + ": 无法保留文件的用户组 " + group.getName() + "（" + why
                + "），替换后文件会属于另一个用户组，不能写入修复结果；请由该组的成员或管理员运行 --fix");
    }
}
