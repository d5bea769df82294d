module @mlp_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @main(%arg0: tensor<32x16xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<32xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<4x32xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<4xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<32x16xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<32xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<4x32xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<4xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<32x16xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<32xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<4x32xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<4xf32> {tf.aliasing_output = 11 : i32}, %arg12: tensor<i32> {tf.aliasing_output = 12 : i32}, %arg13: tensor<8x16xf32>, %arg14: tensor<8xi32>) -> (tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) {
    %0 = "stablehlo.dot_general"(%arg13, %arg0) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x16xf32>, tensor<32x16xf32>) -> tensor<8x32xf32>
    %1 = "stablehlo.broadcast_in_dim"(%arg1) {broadcast_dimensions = array<i64: 1>} : (tensor<32xf32>) -> tensor<8x32xf32>
    %2 = stablehlo.add %0, %1 : tensor<8x32xf32>
    %3 = stablehlo.tanh %2 : tensor<8x32xf32>
    %4 = "stablehlo.dot_general"(%3, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>} : (tensor<8x32xf32>, tensor<4x32xf32>) -> tensor<8x4xf32>
    %5 = "stablehlo.broadcast_in_dim"(%arg3) {broadcast_dimensions = array<i64: 1>} : (tensor<4xf32>) -> tensor<8x4xf32>
    %6 = stablehlo.add %4, %5 : tensor<8x4xf32>
    %7 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<8x4xi32>
    %8 = "stablehlo.broadcast_in_dim"(%arg14) {broadcast_dimensions = array<i64: 0>} : (tensor<8xi32>) -> tensor<8x4xi32>
    %9 = "stablehlo.compare"(%7, %8) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<8x4xi32>, tensor<8x4xi32>) -> tensor<8x4xi1>
    %10 = "stablehlo.convert"(%9) : (tensor<8x4xi1>) -> tensor<8x4xf32>
    %11 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %12 = "stablehlo.reduce"(%6, %11) ({
    ^bb0(%13: tensor<f32>, %14: tensor<f32>):
      %15 = stablehlo.maximum %13, %14 : tensor<f32>
      "stablehlo.return"(%15) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %16 = "stablehlo.reshape"(%12) : (tensor<8xf32>) -> tensor<8x1xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<8x1xf32>) -> tensor<8xf32>
    %18 = "stablehlo.broadcast_in_dim"(%17) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %19 = stablehlo.subtract %6, %18 : tensor<8x4xf32>
    %20 = stablehlo.exponential %19 : tensor<8x4xf32>
    %21 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %22 = "stablehlo.reduce"(%20, %21) ({
    ^bb0(%23: tensor<f32>, %24: tensor<f32>):
      %25 = stablehlo.add %23, %24 : tensor<f32>
      "stablehlo.return"(%25) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %26 = "stablehlo.reshape"(%22) : (tensor<8xf32>) -> tensor<8x1xf32>
    %27 = stablehlo.log %26 : tensor<8x1xf32>
    %28 = "stablehlo.reshape"(%27) : (tensor<8x1xf32>) -> tensor<8xf32>
    %29 = "stablehlo.broadcast_in_dim"(%28) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %30 = stablehlo.subtract %19, %29 : tensor<8x4xf32>
    %31 = stablehlo.multiply %30, %10 : tensor<8x4xf32>
    %32 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %33 = "stablehlo.reduce"(%31, %32) ({
    ^bb0(%34: tensor<f32>, %35: tensor<f32>):
      %36 = stablehlo.add %34, %35 : tensor<f32>
      "stablehlo.return"(%36) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %37 = stablehlo.negate %33 : tensor<8xf32>
    %38 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %39 = "stablehlo.reduce"(%37, %38) ({
    ^bb0(%40: tensor<f32>, %41: tensor<f32>):
      %42 = stablehlo.add %40, %41 : tensor<f32>
      "stablehlo.return"(%42) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %43 = stablehlo.constant dense<1.25e-1> : tensor<f32>
    %44 = stablehlo.multiply %39, %43 : tensor<f32>
    %45 = "stablehlo.iota"() {iota_dimension = 1 : i64} : () -> tensor<8x4xi32>
    %46 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %47 = stablehlo.constant dense<0> : tensor<i32>
    %48:2 = "stablehlo.reduce"(%6, %45, %46, %47) ({
    ^bb0(%49: tensor<f32>, %50: tensor<i32>, %51: tensor<f32>, %52: tensor<i32>):
      %53 = "stablehlo.compare"(%49, %49) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %54 = "stablehlo.compare"(%51, %51) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction NE>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %55 = "stablehlo.compare"(%50, %52) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<i32>, tensor<i32>) -> tensor<i1>
      %56 = stablehlo.not %54 : tensor<i1>
      %57 = stablehlo.and %53, %56 : tensor<i1>
      %58 = stablehlo.and %53, %54 : tensor<i1>
      %59 = stablehlo.and %58, %55 : tensor<i1>
      %60 = stablehlo.or %57, %59 : tensor<i1>
      %61 = "stablehlo.compare"(%49, %51) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %62 = stablehlo.or %60, %61 : tensor<i1>
      %63 = "stablehlo.compare"(%49, %51) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %64 = stablehlo.and %63, %55 : tensor<i1>
      %65 = stablehlo.or %62, %64 : tensor<i1>
      %66 = "stablehlo.select"(%65, %49, %51) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
      %67 = "stablehlo.select"(%65, %50, %52) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
      "stablehlo.return"(%66, %67) : (tensor<f32>, tensor<i32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<8x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<8xf32>, tensor<8xi32>)
    %68 = "stablehlo.compare"(%48#1, %arg14) {compare_type = #stablehlo<comparison_type SIGNED>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %69 = "stablehlo.convert"(%68) : (tensor<8xi1>) -> tensor<8xf32>
    %70 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %71 = "stablehlo.reduce"(%69, %70) ({
    ^bb0(%72: tensor<f32>, %73: tensor<f32>):
      %74 = stablehlo.add %72, %73 : tensor<f32>
      "stablehlo.return"(%74) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %75 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %76 = "stablehlo.broadcast_in_dim"(%75) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %77 = stablehlo.multiply %76, %43 : tensor<f32>
    %78 = "stablehlo.broadcast_in_dim"(%77) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %79 = stablehlo.negate %78 : tensor<8xf32>
    %80 = "stablehlo.broadcast_in_dim"(%79) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %81 = stablehlo.multiply %80, %10 : tensor<8x4xf32>
    %82 = stablehlo.negate %81 : tensor<8x4xf32>
    %83 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %84 = "stablehlo.reduce"(%82, %83) ({
    ^bb0(%85: tensor<f32>, %86: tensor<f32>):
      %87 = stablehlo.add %85, %86 : tensor<f32>
      "stablehlo.return"(%87) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %88 = "stablehlo.reshape"(%84) : (tensor<8xf32>) -> tensor<8x1xf32>
    %89 = stablehlo.divide %88, %26 : tensor<8x1xf32>
    %90 = "stablehlo.reshape"(%89) : (tensor<8x1xf32>) -> tensor<8xf32>
    %91 = "stablehlo.broadcast_in_dim"(%90) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %92 = stablehlo.multiply %91, %20 : tensor<8x4xf32>
    %93 = stablehlo.add %81, %92 : tensor<8x4xf32>
    %94 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %95 = "stablehlo.reduce"(%93, %94) ({
    ^bb0(%96: tensor<f32>, %97: tensor<f32>):
      %98 = stablehlo.add %96, %97 : tensor<f32>
      "stablehlo.return"(%98) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %99 = "stablehlo.dot_general"(%93, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<4x32xf32>) -> tensor<8x32xf32>
    %100 = "stablehlo.dot_general"(%93, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<8x32xf32>) -> tensor<4x32xf32>
    %101 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %102 = "stablehlo.broadcast_in_dim"(%101) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x32xf32>
    %103 = stablehlo.multiply %3, %3 : tensor<8x32xf32>
    %104 = stablehlo.subtract %102, %103 : tensor<8x32xf32>
    %105 = stablehlo.multiply %99, %104 : tensor<8x32xf32>
    %106 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %107 = "stablehlo.reduce"(%105, %106) ({
    ^bb0(%108: tensor<f32>, %109: tensor<f32>):
      %110 = stablehlo.add %108, %109 : tensor<f32>
      "stablehlo.return"(%110) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %111 = "stablehlo.dot_general"(%105, %arg13) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x32xf32>, tensor<8x16xf32>) -> tensor<32x16xf32>
    %112 = stablehlo.multiply %111, %111 : tensor<32x16xf32>
    %113 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %114 = "stablehlo.reduce"(%112, %113) ({
    ^bb0(%115: tensor<f32>, %116: tensor<f32>):
      %117 = stablehlo.add %115, %116 : tensor<f32>
      "stablehlo.return"(%117) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<f32>
    %118 = stablehlo.multiply %107, %107 : tensor<32xf32>
    %119 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %120 = "stablehlo.reduce"(%118, %119) ({
    ^bb0(%121: tensor<f32>, %122: tensor<f32>):
      %123 = stablehlo.add %121, %122 : tensor<f32>
      "stablehlo.return"(%123) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %124 = stablehlo.add %114, %120 : tensor<f32>
    %125 = stablehlo.multiply %100, %100 : tensor<4x32xf32>
    %126 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %127 = "stablehlo.reduce"(%125, %126) ({
    ^bb0(%128: tensor<f32>, %129: tensor<f32>):
      %130 = stablehlo.add %128, %129 : tensor<f32>
      "stablehlo.return"(%130) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %131 = stablehlo.add %124, %127 : tensor<f32>
    %132 = stablehlo.multiply %95, %95 : tensor<4xf32>
    %133 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %134 = "stablehlo.reduce"(%132, %133) ({
    ^bb0(%135: tensor<f32>, %136: tensor<f32>):
      %137 = stablehlo.add %135, %136 : tensor<f32>
      "stablehlo.return"(%137) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %138 = stablehlo.add %131, %134 : tensor<f32>
    %139 = stablehlo.sqrt %138 : tensor<f32>
    %140 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %141 = "stablehlo.compare"(%139, %140) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %142 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %143 = "stablehlo.broadcast_in_dim"(%142) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %144 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %145 = stablehlo.divide %144, %139 : tensor<f32>
    %146 = "stablehlo.select"(%141, %143, %145) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %147 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %148 = stablehlo.multiply %111, %147 : tensor<32x16xf32>
    %149 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %150 = stablehlo.multiply %107, %149 : tensor<32xf32>
    %151 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %152 = stablehlo.multiply %100, %151 : tensor<4x32xf32>
    %153 = "stablehlo.broadcast_in_dim"(%146) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %154 = stablehlo.multiply %95, %153 : tensor<4xf32>
    %155 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<f32>
    %156 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %157 = stablehlo.multiply %155, %156 : tensor<f32>
    %158 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %159 = stablehlo.add %155, %158 : tensor<f32>
    %160 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %161 = stablehlo.minimum %159, %160 : tensor<f32>
    %162 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %163 = stablehlo.multiply %161, %162 : tensor<f32>
    %164 = stablehlo.cosine %163 : tensor<f32>
    %165 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %166 = stablehlo.add %164, %165 : tensor<f32>
    %167 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %168 = stablehlo.multiply %166, %167 : tensor<f32>
    %169 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %170 = "stablehlo.compare"(%155, %169) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %171 = "stablehlo.select"(%170, %157, %168) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %172 = stablehlo.constant dense<1> : tensor<i32>
    %173 = stablehlo.add %arg12, %172 : tensor<i32>
    %174 = "stablehlo.convert"(%173) : (tensor<i32>) -> tensor<f32>
    %175 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %176 = "stablehlo.broadcast_in_dim"(%175) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %177 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %178 = stablehlo.power %177, %174 : tensor<f32>
    %179 = stablehlo.subtract %176, %178 : tensor<f32>
    %180 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %182 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %183 = stablehlo.power %182, %174 : tensor<f32>
    %184 = stablehlo.subtract %181, %183 : tensor<f32>
    %185 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %186 = "stablehlo.broadcast_in_dim"(%185) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %187 = stablehlo.multiply %arg4, %186 : tensor<32x16xf32>
    %188 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %189 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %190 = stablehlo.multiply %148, %189 : tensor<32x16xf32>
    %191 = stablehlo.add %187, %190 : tensor<32x16xf32>
    %192 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %193 = "stablehlo.broadcast_in_dim"(%192) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %194 = stablehlo.multiply %arg8, %193 : tensor<32x16xf32>
    %195 = stablehlo.multiply %148, %148 : tensor<32x16xf32>
    %196 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %197 = "stablehlo.broadcast_in_dim"(%196) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %198 = stablehlo.multiply %195, %197 : tensor<32x16xf32>
    %199 = stablehlo.add %194, %198 : tensor<32x16xf32>
    %200 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %201 = stablehlo.divide %191, %200 : tensor<32x16xf32>
    %202 = "stablehlo.broadcast_in_dim"(%184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %203 = stablehlo.divide %199, %202 : tensor<32x16xf32>
    %204 = stablehlo.sqrt %203 : tensor<32x16xf32>
    %205 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %206 = "stablehlo.broadcast_in_dim"(%205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %207 = stablehlo.add %204, %206 : tensor<32x16xf32>
    %208 = stablehlo.divide %201, %207 : tensor<32x16xf32>
    %209 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %210 = "stablehlo.broadcast_in_dim"(%209) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %211 = stablehlo.multiply %arg0, %210 : tensor<32x16xf32>
    %212 = stablehlo.add %208, %211 : tensor<32x16xf32>
    %213 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %214 = stablehlo.multiply %212, %213 : tensor<32x16xf32>
    %215 = stablehlo.subtract %arg0, %214 : tensor<32x16xf32>
    %216 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %217 = "stablehlo.broadcast_in_dim"(%216) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %218 = stablehlo.multiply %arg5, %217 : tensor<32xf32>
    %219 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %220 = "stablehlo.broadcast_in_dim"(%219) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %221 = stablehlo.multiply %150, %220 : tensor<32xf32>
    %222 = stablehlo.add %218, %221 : tensor<32xf32>
    %223 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %224 = "stablehlo.broadcast_in_dim"(%223) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %225 = stablehlo.multiply %arg9, %224 : tensor<32xf32>
    %226 = stablehlo.multiply %150, %150 : tensor<32xf32>
    %227 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %228 = "stablehlo.broadcast_in_dim"(%227) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %229 = stablehlo.multiply %226, %228 : tensor<32xf32>
    %230 = stablehlo.add %225, %229 : tensor<32xf32>
    %231 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %232 = stablehlo.divide %222, %231 : tensor<32xf32>
    %233 = "stablehlo.broadcast_in_dim"(%184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %234 = stablehlo.divide %230, %233 : tensor<32xf32>
    %235 = stablehlo.sqrt %234 : tensor<32xf32>
    %236 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %237 = "stablehlo.broadcast_in_dim"(%236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %238 = stablehlo.add %235, %237 : tensor<32xf32>
    %239 = stablehlo.divide %232, %238 : tensor<32xf32>
    %240 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %241 = stablehlo.multiply %239, %240 : tensor<32xf32>
    %242 = stablehlo.subtract %arg1, %241 : tensor<32xf32>
    %243 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %244 = "stablehlo.broadcast_in_dim"(%243) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %245 = stablehlo.multiply %arg6, %244 : tensor<4x32xf32>
    %246 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %247 = "stablehlo.broadcast_in_dim"(%246) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %248 = stablehlo.multiply %152, %247 : tensor<4x32xf32>
    %249 = stablehlo.add %245, %248 : tensor<4x32xf32>
    %250 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %251 = "stablehlo.broadcast_in_dim"(%250) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %252 = stablehlo.multiply %arg10, %251 : tensor<4x32xf32>
    %253 = stablehlo.multiply %152, %152 : tensor<4x32xf32>
    %254 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %255 = "stablehlo.broadcast_in_dim"(%254) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %256 = stablehlo.multiply %253, %255 : tensor<4x32xf32>
    %257 = stablehlo.add %252, %256 : tensor<4x32xf32>
    %258 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %259 = stablehlo.divide %249, %258 : tensor<4x32xf32>
    %260 = "stablehlo.broadcast_in_dim"(%184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %261 = stablehlo.divide %257, %260 : tensor<4x32xf32>
    %262 = stablehlo.sqrt %261 : tensor<4x32xf32>
    %263 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %264 = "stablehlo.broadcast_in_dim"(%263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %265 = stablehlo.add %262, %264 : tensor<4x32xf32>
    %266 = stablehlo.divide %259, %265 : tensor<4x32xf32>
    %267 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %269 = stablehlo.multiply %arg2, %268 : tensor<4x32xf32>
    %270 = stablehlo.add %266, %269 : tensor<4x32xf32>
    %271 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %272 = stablehlo.multiply %270, %271 : tensor<4x32xf32>
    %273 = stablehlo.subtract %arg2, %272 : tensor<4x32xf32>
    %274 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %275 = "stablehlo.broadcast_in_dim"(%274) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %276 = stablehlo.multiply %arg7, %275 : tensor<4xf32>
    %277 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %278 = "stablehlo.broadcast_in_dim"(%277) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %279 = stablehlo.multiply %154, %278 : tensor<4xf32>
    %280 = stablehlo.add %276, %279 : tensor<4xf32>
    %281 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %282 = "stablehlo.broadcast_in_dim"(%281) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %283 = stablehlo.multiply %arg11, %282 : tensor<4xf32>
    %284 = stablehlo.multiply %154, %154 : tensor<4xf32>
    %285 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %286 = "stablehlo.broadcast_in_dim"(%285) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %287 = stablehlo.multiply %284, %286 : tensor<4xf32>
    %288 = stablehlo.add %283, %287 : tensor<4xf32>
    %289 = "stablehlo.broadcast_in_dim"(%179) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %290 = stablehlo.divide %280, %289 : tensor<4xf32>
    %291 = "stablehlo.broadcast_in_dim"(%184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %292 = stablehlo.divide %288, %291 : tensor<4xf32>
    %293 = stablehlo.sqrt %292 : tensor<4xf32>
    %294 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %295 = "stablehlo.broadcast_in_dim"(%294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %296 = stablehlo.add %293, %295 : tensor<4xf32>
    %297 = stablehlo.divide %290, %296 : tensor<4xf32>
    %298 = "stablehlo.broadcast_in_dim"(%171) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %299 = stablehlo.multiply %297, %298 : tensor<4xf32>
    %300 = stablehlo.subtract %arg3, %299 : tensor<4xf32>
    %301 = stablehlo.constant dense<1> : tensor<i32>
    %302 = stablehlo.add %arg12, %301 : tensor<i32>
    return %215, %242, %273, %300, %191, %222, %249, %280, %199, %230, %257, %288, %302, %44, %71, %171, %139 : tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
