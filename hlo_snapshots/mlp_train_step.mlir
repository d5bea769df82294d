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
    %45 = stablehlo.multiply %6, %10 : tensor<8x4xf32>
    %46 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %47 = "stablehlo.reduce"(%45, %46) ({
    ^bb0(%48: tensor<f32>, %49: tensor<f32>):
      %50 = stablehlo.add %48, %49 : tensor<f32>
      "stablehlo.return"(%50) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %51 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %52 = "stablehlo.reduce"(%6, %51) ({
    ^bb0(%53: tensor<f32>, %54: tensor<f32>):
      %55 = stablehlo.maximum %53, %54 : tensor<f32>
      "stablehlo.return"(%55) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %56 = "stablehlo.compare"(%47, %52) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction GE>} : (tensor<8xf32>, tensor<8xf32>) -> tensor<8xi1>
    %57 = "stablehlo.convert"(%56) : (tensor<8xi1>) -> tensor<8xf32>
    %58 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %59 = "stablehlo.reduce"(%57, %58) ({
    ^bb0(%60: tensor<f32>, %61: tensor<f32>):
      %62 = stablehlo.add %60, %61 : tensor<f32>
      "stablehlo.return"(%62) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8xf32>, tensor<f32>) -> tensor<f32>
    %63 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %64 = "stablehlo.broadcast_in_dim"(%63) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %65 = stablehlo.multiply %64, %43 : tensor<f32>
    %66 = "stablehlo.broadcast_in_dim"(%65) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8xf32>
    %67 = stablehlo.negate %66 : tensor<8xf32>
    %68 = "stablehlo.broadcast_in_dim"(%67) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %69 = stablehlo.multiply %68, %10 : tensor<8x4xf32>
    %70 = stablehlo.negate %69 : tensor<8x4xf32>
    %71 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %72 = "stablehlo.reduce"(%70, %71) ({
    ^bb0(%73: tensor<f32>, %74: tensor<f32>):
      %75 = stablehlo.add %73, %74 : tensor<f32>
      "stablehlo.return"(%75) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %76 = "stablehlo.reshape"(%72) : (tensor<8xf32>) -> tensor<8x1xf32>
    %77 = stablehlo.divide %76, %26 : tensor<8x1xf32>
    %78 = "stablehlo.reshape"(%77) : (tensor<8x1xf32>) -> tensor<8xf32>
    %79 = "stablehlo.broadcast_in_dim"(%78) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %80 = stablehlo.multiply %79, %20 : tensor<8x4xf32>
    %81 = stablehlo.add %69, %80 : tensor<8x4xf32>
    %82 = stablehlo.negate %81 : tensor<8x4xf32>
    %83 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %84 = "stablehlo.reduce"(%82, %83) ({
    ^bb0(%85: tensor<f32>, %86: tensor<f32>):
      %87 = stablehlo.add %85, %86 : tensor<f32>
      "stablehlo.return"(%87) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %88 = "stablehlo.reshape"(%84) : (tensor<8xf32>) -> tensor<8x1xf32>
    %89 = "stablehlo.reshape"(%88) : (tensor<8x1xf32>) -> tensor<8xf32>
    %90 = "stablehlo.broadcast_in_dim"(%89) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %91 = "stablehlo.broadcast_in_dim"(%12) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %92 = "stablehlo.compare"(%6, %91) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction EQ>} : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xi1>
    %93 = "stablehlo.convert"(%92) : (tensor<8x4xi1>) -> tensor<8x4xf32>
    %94 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %95 = "stablehlo.reduce"(%93, %94) ({
    ^bb0(%96: tensor<f32>, %97: tensor<f32>):
      %98 = stablehlo.add %96, %97 : tensor<f32>
      "stablehlo.return"(%98) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 1>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<8xf32>
    %99 = "stablehlo.broadcast_in_dim"(%95) {broadcast_dimensions = array<i64: 0>} : (tensor<8xf32>) -> tensor<8x4xf32>
    %100 = stablehlo.multiply %90, %93 : tensor<8x4xf32>
    %101 = stablehlo.divide %100, %99 : tensor<8x4xf32>
    %102 = stablehlo.add %81, %101 : tensor<8x4xf32>
    %103 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %104 = "stablehlo.reduce"(%102, %103) ({
    ^bb0(%105: tensor<f32>, %106: tensor<f32>):
      %107 = stablehlo.add %105, %106 : tensor<f32>
      "stablehlo.return"(%107) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x4xf32>, tensor<f32>) -> tensor<4xf32>
    %108 = "stablehlo.dot_general"(%102, %arg2) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<4x32xf32>) -> tensor<8x32xf32>
    %109 = "stablehlo.dot_general"(%102, %3) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x4xf32>, tensor<8x32xf32>) -> tensor<4x32xf32>
    %110 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %111 = "stablehlo.broadcast_in_dim"(%110) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<8x32xf32>
    %112 = stablehlo.multiply %3, %3 : tensor<8x32xf32>
    %113 = stablehlo.subtract %111, %112 : tensor<8x32xf32>
    %114 = stablehlo.multiply %108, %113 : tensor<8x32xf32>
    %115 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %116 = "stablehlo.reduce"(%114, %115) ({
    ^bb0(%117: tensor<f32>, %118: tensor<f32>):
      %119 = stablehlo.add %117, %118 : tensor<f32>
      "stablehlo.return"(%119) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<8x32xf32>, tensor<f32>) -> tensor<32xf32>
    %120 = "stablehlo.dot_general"(%114, %arg13) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [0], rhs_contracting_dimensions = [0]>} : (tensor<8x32xf32>, tensor<8x16xf32>) -> tensor<32x16xf32>
    %121 = stablehlo.multiply %120, %120 : tensor<32x16xf32>
    %122 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %123 = "stablehlo.reduce"(%121, %122) ({
    ^bb0(%124: tensor<f32>, %125: tensor<f32>):
      %126 = stablehlo.add %124, %125 : tensor<f32>
      "stablehlo.return"(%126) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<32x16xf32>, tensor<f32>) -> tensor<f32>
    %127 = stablehlo.multiply %116, %116 : tensor<32xf32>
    %128 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %129 = "stablehlo.reduce"(%127, %128) ({
    ^bb0(%130: tensor<f32>, %131: tensor<f32>):
      %132 = stablehlo.add %130, %131 : tensor<f32>
      "stablehlo.return"(%132) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %133 = stablehlo.add %123, %129 : tensor<f32>
    %134 = stablehlo.multiply %109, %109 : tensor<4x32xf32>
    %135 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %136 = "stablehlo.reduce"(%134, %135) ({
    ^bb0(%137: tensor<f32>, %138: tensor<f32>):
      %139 = stablehlo.add %137, %138 : tensor<f32>
      "stablehlo.return"(%139) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0, 1>} : (tensor<4x32xf32>, tensor<f32>) -> tensor<f32>
    %140 = stablehlo.add %133, %136 : tensor<f32>
    %141 = stablehlo.multiply %104, %104 : tensor<4xf32>
    %142 = stablehlo.constant dense<0.0e0> : tensor<f32>
    %143 = "stablehlo.reduce"(%141, %142) ({
    ^bb0(%144: tensor<f32>, %145: tensor<f32>):
      %146 = stablehlo.add %144, %145 : tensor<f32>
      "stablehlo.return"(%146) : (tensor<f32>) -> ()
    }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    %147 = stablehlo.add %140, %143 : tensor<f32>
    %148 = stablehlo.sqrt %147 : tensor<f32>
    %149 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %150 = "stablehlo.compare"(%148, %149) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %151 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %152 = "stablehlo.broadcast_in_dim"(%151) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %153 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %154 = stablehlo.divide %153, %148 : tensor<f32>
    %155 = "stablehlo.select"(%150, %152, %154) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %157 = stablehlo.multiply %120, %156 : tensor<32x16xf32>
    %158 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %159 = stablehlo.multiply %116, %158 : tensor<32xf32>
    %160 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %161 = stablehlo.multiply %109, %160 : tensor<4x32xf32>
    %162 = "stablehlo.broadcast_in_dim"(%155) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %163 = stablehlo.multiply %104, %162 : tensor<4xf32>
    %164 = "stablehlo.convert"(%arg12) : (tensor<i32>) -> tensor<f32>
    %165 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %166 = stablehlo.multiply %164, %165 : tensor<f32>
    %167 = stablehlo.constant dense<-1.0e1> : tensor<f32>
    %168 = stablehlo.add %164, %167 : tensor<f32>
    %169 = stablehlo.constant dense<9.0e1> : tensor<f32>
    %170 = stablehlo.minimum %168, %169 : tensor<f32>
    %171 = stablehlo.constant dense<3.490658503988659e-2> : tensor<f32>
    %172 = stablehlo.multiply %170, %171 : tensor<f32>
    %173 = stablehlo.cosine %172 : tensor<f32>
    %174 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %175 = stablehlo.add %173, %174 : tensor<f32>
    %176 = stablehlo.constant dense<5.0e-4> : tensor<f32>
    %177 = stablehlo.multiply %175, %176 : tensor<f32>
    %178 = stablehlo.constant dense<1.0e1> : tensor<f32>
    %179 = "stablehlo.compare"(%164, %178) {compare_type = #stablehlo<comparison_type FLOAT>, comparison_direction = #stablehlo<comparison_direction LT>} : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %180 = "stablehlo.select"(%179, %166, %177) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %181 = stablehlo.constant dense<1> : tensor<i32>
    %182 = stablehlo.add %arg12, %181 : tensor<i32>
    %183 = "stablehlo.convert"(%182) : (tensor<i32>) -> tensor<f32>
    %184 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %185 = "stablehlo.broadcast_in_dim"(%184) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %186 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %187 = stablehlo.power %186, %183 : tensor<f32>
    %188 = stablehlo.subtract %185, %187 : tensor<f32>
    %189 = stablehlo.constant dense<1.0e0> : tensor<f32>
    %190 = "stablehlo.broadcast_in_dim"(%189) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<f32>
    %191 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %192 = stablehlo.power %191, %183 : tensor<f32>
    %193 = stablehlo.subtract %190, %192 : tensor<f32>
    %194 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %195 = "stablehlo.broadcast_in_dim"(%194) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %196 = stablehlo.multiply %arg4, %195 : tensor<32x16xf32>
    %197 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %198 = "stablehlo.broadcast_in_dim"(%197) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %199 = stablehlo.multiply %157, %198 : tensor<32x16xf32>
    %200 = stablehlo.add %196, %199 : tensor<32x16xf32>
    %201 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %202 = "stablehlo.broadcast_in_dim"(%201) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %203 = stablehlo.multiply %arg8, %202 : tensor<32x16xf32>
    %204 = stablehlo.multiply %157, %157 : tensor<32x16xf32>
    %205 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %206 = "stablehlo.broadcast_in_dim"(%205) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %207 = stablehlo.multiply %204, %206 : tensor<32x16xf32>
    %208 = stablehlo.add %203, %207 : tensor<32x16xf32>
    %209 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %210 = stablehlo.divide %200, %209 : tensor<32x16xf32>
    %211 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %212 = stablehlo.divide %208, %211 : tensor<32x16xf32>
    %213 = stablehlo.sqrt %212 : tensor<32x16xf32>
    %214 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %215 = "stablehlo.broadcast_in_dim"(%214) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %216 = stablehlo.add %213, %215 : tensor<32x16xf32>
    %217 = stablehlo.divide %210, %216 : tensor<32x16xf32>
    %218 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %219 = "stablehlo.broadcast_in_dim"(%218) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %220 = stablehlo.multiply %arg0, %219 : tensor<32x16xf32>
    %221 = stablehlo.add %217, %220 : tensor<32x16xf32>
    %222 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32x16xf32>
    %223 = stablehlo.multiply %221, %222 : tensor<32x16xf32>
    %224 = stablehlo.subtract %arg0, %223 : tensor<32x16xf32>
    %225 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %226 = "stablehlo.broadcast_in_dim"(%225) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %227 = stablehlo.multiply %arg5, %226 : tensor<32xf32>
    %228 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %229 = "stablehlo.broadcast_in_dim"(%228) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %230 = stablehlo.multiply %159, %229 : tensor<32xf32>
    %231 = stablehlo.add %227, %230 : tensor<32xf32>
    %232 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %233 = "stablehlo.broadcast_in_dim"(%232) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %234 = stablehlo.multiply %arg9, %233 : tensor<32xf32>
    %235 = stablehlo.multiply %159, %159 : tensor<32xf32>
    %236 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %237 = "stablehlo.broadcast_in_dim"(%236) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %238 = stablehlo.multiply %235, %237 : tensor<32xf32>
    %239 = stablehlo.add %234, %238 : tensor<32xf32>
    %240 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %241 = stablehlo.divide %231, %240 : tensor<32xf32>
    %242 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %243 = stablehlo.divide %239, %242 : tensor<32xf32>
    %244 = stablehlo.sqrt %243 : tensor<32xf32>
    %245 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %246 = "stablehlo.broadcast_in_dim"(%245) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %247 = stablehlo.add %244, %246 : tensor<32xf32>
    %248 = stablehlo.divide %241, %247 : tensor<32xf32>
    %249 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<32xf32>
    %250 = stablehlo.multiply %248, %249 : tensor<32xf32>
    %251 = stablehlo.subtract %arg1, %250 : tensor<32xf32>
    %252 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %253 = "stablehlo.broadcast_in_dim"(%252) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %254 = stablehlo.multiply %arg6, %253 : tensor<4x32xf32>
    %255 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %256 = "stablehlo.broadcast_in_dim"(%255) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %257 = stablehlo.multiply %161, %256 : tensor<4x32xf32>
    %258 = stablehlo.add %254, %257 : tensor<4x32xf32>
    %259 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %260 = "stablehlo.broadcast_in_dim"(%259) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %261 = stablehlo.multiply %arg10, %260 : tensor<4x32xf32>
    %262 = stablehlo.multiply %161, %161 : tensor<4x32xf32>
    %263 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %264 = "stablehlo.broadcast_in_dim"(%263) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %265 = stablehlo.multiply %262, %264 : tensor<4x32xf32>
    %266 = stablehlo.add %261, %265 : tensor<4x32xf32>
    %267 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %268 = stablehlo.divide %258, %267 : tensor<4x32xf32>
    %269 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %270 = stablehlo.divide %266, %269 : tensor<4x32xf32>
    %271 = stablehlo.sqrt %270 : tensor<4x32xf32>
    %272 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %273 = "stablehlo.broadcast_in_dim"(%272) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %274 = stablehlo.add %271, %273 : tensor<4x32xf32>
    %275 = stablehlo.divide %268, %274 : tensor<4x32xf32>
    %276 = stablehlo.constant dense<1.0e-4> : tensor<f32>
    %277 = "stablehlo.broadcast_in_dim"(%276) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %278 = stablehlo.multiply %arg2, %277 : tensor<4x32xf32>
    %279 = stablehlo.add %275, %278 : tensor<4x32xf32>
    %280 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4x32xf32>
    %281 = stablehlo.multiply %279, %280 : tensor<4x32xf32>
    %282 = stablehlo.subtract %arg2, %281 : tensor<4x32xf32>
    %283 = stablehlo.constant dense<9.0e-1> : tensor<f32>
    %284 = "stablehlo.broadcast_in_dim"(%283) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %285 = stablehlo.multiply %arg7, %284 : tensor<4xf32>
    %286 = stablehlo.constant dense<9.999999999999998e-2> : tensor<f32>
    %287 = "stablehlo.broadcast_in_dim"(%286) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %288 = stablehlo.multiply %163, %287 : tensor<4xf32>
    %289 = stablehlo.add %285, %288 : tensor<4xf32>
    %290 = stablehlo.constant dense<9.99e-1> : tensor<f32>
    %291 = "stablehlo.broadcast_in_dim"(%290) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %292 = stablehlo.multiply %arg11, %291 : tensor<4xf32>
    %293 = stablehlo.multiply %163, %163 : tensor<4xf32>
    %294 = stablehlo.constant dense<1.0000000000000009e-3> : tensor<f32>
    %295 = "stablehlo.broadcast_in_dim"(%294) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %296 = stablehlo.multiply %293, %295 : tensor<4xf32>
    %297 = stablehlo.add %292, %296 : tensor<4xf32>
    %298 = "stablehlo.broadcast_in_dim"(%188) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %299 = stablehlo.divide %289, %298 : tensor<4xf32>
    %300 = "stablehlo.broadcast_in_dim"(%193) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %301 = stablehlo.divide %297, %300 : tensor<4xf32>
    %302 = stablehlo.sqrt %301 : tensor<4xf32>
    %303 = stablehlo.constant dense<1.0e-8> : tensor<f32>
    %304 = "stablehlo.broadcast_in_dim"(%303) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %305 = stablehlo.add %302, %304 : tensor<4xf32>
    %306 = stablehlo.divide %299, %305 : tensor<4xf32>
    %307 = "stablehlo.broadcast_in_dim"(%180) {broadcast_dimensions = array<i64>} : (tensor<f32>) -> tensor<4xf32>
    %308 = stablehlo.multiply %306, %307 : tensor<4xf32>
    %309 = stablehlo.subtract %arg3, %308 : tensor<4xf32>
    %310 = stablehlo.constant dense<1> : tensor<i32>
    %311 = stablehlo.add %arg12, %310 : tensor<i32>
    return %224, %251, %282, %309, %200, %231, %258, %289, %208, %239, %266, %297, %311, %44, %59, %180, %148 : tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<32x16xf32>, tensor<32xf32>, tensor<4x32xf32>, tensor<4xf32>, tensor<i32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>
  }
}
